// The benchmark's baseline: the smallest GLFW + ImGui + OpenGL3 window that
// does the wall's one essential job, a countdown as big as the wall's (DejaVu
// Sans Bold, digits about 25 % of the height), redrawn once a second. It is
// set up and paced like Atelier (app/platform/app.cpp): OpenGL 3.0 context,
// glfwSwapInterval(1), the same atlas options, a frame, then
// glfwWaitEventsTimeout until just past the next second boundary.
// Usage: atelier_baseline [--windowed WxH] [--exit-after-frames N] [--paused]
//   --paused: the countdown stands still and the window wakes once a minute, like
//   the paused wall (for the key-to-frame latency, where ticks would be noise).
#include <GLFW/glfw3.h>
#include <fontconfig/fontconfig.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

std::string bold_font() {
    std::string path;
    if (FcInit()) {
        FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>("DejaVu Sans:bold"));
        FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
        FcDefaultSubstitute(pattern);
        FcResult result = FcResultNoMatch;
        if (FcPattern* match = FcFontMatch(nullptr, pattern, &result)) {
            FcChar8* file = nullptr;
            if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) path = reinterpret_cast<char*>(file);
            FcPatternDestroy(match);
        }
        FcPatternDestroy(pattern);
    }
    if (path.empty()) path = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    return path;
}

int64_t now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

int main(int argc, char** argv) {
    int exit_after = 0, width = 1920, height = 1080;
    bool paused = false;
    for (int i = 1; i < argc; ++i) paused = paused || std::strcmp(argv[i], "--paused") == 0;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--exit-after-frames") == 0) exit_after = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--windowed") == 0 && std::sscanf(argv[i + 1], "%dx%d", &width, &height) != 2) return 2;
    }
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWwindow* window = glfwCreateWindow(width, height, "baseline", nullptr, nullptr);
    if (!window) return 1;
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");

    // The wall's timer font: 0.41 of min(height, width / 1.6), digits only,
    // no oversampling (ui/fonts.cpp).
    int fw = 0, fh = 0;
    glfwGetFramebufferSize(window, &fw, &fh);
    const float unit = std::max(1.0f, std::min(static_cast<float>(fh), static_cast<float>(fw) / 1.6f));
    static const ImWchar kTimerRanges[] = {0x0020, 0x0020, 0x002B, 0x002D, 0x0030, 0x003A, 0};
    ImFontConfig cfg;
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    ImFont* font = io.Fonts->AddFontFromFileTTF(bold_font().c_str(), std::round(unit * 0.41f), &cfg, kTimerRanges);
    if (!font) {
        std::fprintf(stderr, "atelier_baseline: cannot load DejaVu Sans Bold (install fonts-dejavu-core)\n");
        return 1;
    }

    // A 25-minute step, 8:26 in, like `atelier --demo running`.
    const int64_t start = now_ms(), remaining_at_start = (25 * 60 - (8 * 60 + 26)) * 1000;
    int frames = 0;
    while (!glfwWindowShouldClose(window)) {
        const int64_t elapsed = paused ? 0 : now_ms() - start;
        const int64_t seconds = std::max<int64_t>(0, remaining_at_start - elapsed + 999) / 1000;
        char text[16];
        std::snprintf(text, sizeof text, "%d:%02d", static_cast<int>(seconds / 60), static_cast<int>(seconds % 60));

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        glfwGetFramebufferSize(window, &fw, &fh);
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, 0, text);
        ImGui::GetBackgroundDrawList()->AddText(font, font->FontSize,
                                                ImVec2((static_cast<float>(fw) - size.x) * 0.5f,
                                                       (static_cast<float>(fh) - size.y) * 0.5f),
                                                IM_COL32(0xF4, 0xF6, 0xF8, 0xFF), text);
        ImGui::Render();
        glViewport(0, 0, fw, fh);
        glClearColor(0x0F / 255.0f, 0x13 / 255.0f, 0x17 / 255.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        if (exit_after > 0 && ++frames >= exit_after) break;
        // Just past the next second boundary of the countdown, as the app wakes
        // (paused: the next minute, for the wall's clock).
        const int64_t period = paused ? 60'000 : 1000;
        const int64_t wait = period - (now_ms() - start) % period + 1;
        glfwWaitEventsTimeout(static_cast<double>(wait) / 1000.0);
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
