#pragma once

#include <optional>
#include <utility>
#include <variant>

#include "model/Error.h"

namespace veille {

// A value or an Error. Core code returns these instead of throwing; callers test
// ok() and read value() or error(), or pass the error on with VEILLE_TRY and
// VEILLE_TRY_ASSIGN below.
template <typename T>
class [[nodiscard]] Result {
public:
    using ValueType = T;

    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    // The error's code and detail for logs and test output (Error::debugText); empty on
    // success. Never shown to users: app/ words errors through errorText().
    QString errorMessage() const { return ok() ? QString() : error().debugText(); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success carries nothing.
template <>
class [[nodiscard]] Result<void> {
public:
    using ValueType = void;

    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->debugText(); }

private:
    std::optional<Error> m_error;
};

} // namespace veille

#define VEILLE_TRY_CONCAT_INNER_(a, b) a##b
#define VEILLE_TRY_CONCAT_(a, b) VEILLE_TRY_CONCAT_INNER_(a, b)

// Propagates an error from an expression returning a Result; evaluates to nothing.
#define VEILLE_TRY(expr)                                                        \
    do {                                                                        \
        auto &&veille_try_result_ = (expr);                                     \
        if (!veille_try_result_.ok())                                           \
            return veille_try_result_.error();                                  \
    } while (false)

// Evaluates an expression returning a Result<T>: on error returns it from the enclosing
// function, else declares `decl` with the value moved out (or assigns it, when `decl`
// names an existing variable).
//     VEILLE_TRY_ASSIGN(auto feeds, store.feeds());   // feeds is a QList<Feed>
//     VEILLE_TRY_ASSIGN(feedId, store.ensure(url, title, site));
// One statement that declares a name, so it cannot stand as the only statement of an if.
#define VEILLE_TRY_ASSIGN(decl, expr) VEILLE_TRY_ASSIGN_IMPL_(VEILLE_TRY_CONCAT_(veille_try_, __LINE__), decl, expr)
#define VEILLE_TRY_ASSIGN_IMPL_(tmp, decl, expr)                                \
    auto tmp = (expr);                                                          \
    if (!tmp.ok())                                                              \
        return tmp.error();                                                     \
    decl = std::move(tmp).value()
