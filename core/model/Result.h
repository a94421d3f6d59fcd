#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace veille {

// An error as a value: a short, user-facing sentence (English, untranslated; the app
// layer shows it as is or maps it to a tr() text).
struct Error {
    QString message;
};

// A value or an Error. Core code returns these instead of throwing; callers test
// ok() and read value() or error().
template <typename T>
class [[nodiscard]] Result {
public:
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
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success carries nothing.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(const QString &message) { return Error{message}; }

} // namespace veille

// Propagates an error from an expression returning a Result; evaluates to nothing.
#define VEILLE_TRY(expr)                                                        \
    do {                                                                        \
        auto &&veille_try_result_ = (expr);                                     \
        if (!veille_try_result_.ok())                                           \
            return veille_try_result_.error();                                  \
    } while (false)
