#pragma once

namespace veille::test {

// True in a build with AddressSanitizer (./dev.sh sanitize, build-asan). Such a build runs
// several times slower, so tests that time a large input scale it down there: the bound
// still catches a quadratic path, and the sanitized suite stays within CI's time.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

} // namespace veille::test
