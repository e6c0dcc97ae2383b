#include "platform/wall_canvas.hpp"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>

#include <algorithm>
#include <cmath>

namespace atelier::platform {

namespace {
// The miniature is at most this wide on a console: no need for more pixels.
constexpr int kMiniatureWidth = 640;
}  // namespace

WallCanvas::~WallCanvas() {
    if (framebuffer_) glDeleteFramebuffers(1, &framebuffer_);
    if (texture_) glDeleteTextures(1, &texture_);
}

bool WallCanvas::ensure(int wall_width, int wall_height) {
    if (texture_ && wall_width == wall_w_ && wall_height == wall_h_) return false;
    // A whole factor: a wall pixel block maps to one texture pixel exactly,
    // so a rectangle copied alone gives the pixels a whole copy would.
    shrink_ = std::max(1, static_cast<int>(std::lround(static_cast<double>(wall_width) / kMiniatureWidth)));
    if (!texture_) glGenTextures(1, &texture_);
    if (!framebuffer_) glGenFramebuffers(1, &framebuffer_);
    GLint bound = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
    glBindTexture(GL_TEXTURE_2D, texture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, std::max(1, wall_width / shrink_), std::max(1, wall_height / shrink_), 0, GL_RGBA,
                 GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(bound));
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture_, 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    wall_w_ = wall_width;
    wall_h_ = wall_height;
    return true;
}

}  // namespace atelier::platform
