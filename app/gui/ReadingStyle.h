#pragma once

#include <algorithm>

namespace veille::app {

// How the reading pane sets an article's text: the face and the size the user chose.
// Titles, the facts strip and the key-points box follow the body's size, so that a
// larger text keeps the page's proportions.
struct ReadingStyle {
    enum class Face { Serif, Sans };

    static constexpr int kDefaultSize = 15; // pixels: about 11 pt at 96 dpi
    static constexpr int kMinSize = 11;
    static constexpr int kMaxSize = 28;

    Face face = Face::Serif;
    int size = kDefaultSize;

    ReadingStyle larger() const { return {face, std::min(kMaxSize, size + 1)}; }
    ReadingStyle smaller() const { return {face, std::max(kMinSize, size - 1)}; }
    // A size read from settings, brought back inside the range.
    static int clampSize(int px) { return std::clamp(px, kMinSize, kMaxSize); }
    // Scales a size given for the default body size (a title's 22 px) to this style's.
    int scaled(int pxAtDefault) const { return (pxAtDefault * size + kDefaultSize / 2) / kDefaultSize; }

    bool operator==(const ReadingStyle &) const = default;
};

} // namespace veille::app
