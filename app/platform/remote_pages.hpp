#pragma once
// The remote service's pages (assets/remote/*.html), compiled in by
// embed_pages.cmake: plain HTML, CSS and JavaScript, no build step, no CDN.
namespace atelier::platform {

// "phone" or "view": the page's text; "" for another name.
const char* remote_page(const char* name);

}  // namespace atelier::platform
