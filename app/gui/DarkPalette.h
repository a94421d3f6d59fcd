#pragma once

#include <QPalette>

namespace veille::app {

// A dark palette for the whole program (Fusion style), as a desktop in dark mode gives one:
// `veille --dark`, for screenshots and for desktops that give none.
class DarkPalette {
public:
    static QPalette palette();
    static void apply();
};

} // namespace veille::app
