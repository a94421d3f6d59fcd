#pragma once

#include <QTest>
#include <memory>

#include "GuiTestSupport.h"
#include "gui/FeedTree.h"
#include "gui/LanguageManager.h"
#include "gui/MainWindow.h"

namespace veille::test {

// The real window, in English, on a demo library, shown and with its left pane read.
// prepareLibrary() adds what a test needs to the library before the window opens.
class WindowTest : public DemoLibrary {
protected:
    virtual void prepareLibrary() {}

    void SetUp() override
    {
        DemoLibrary::SetUp();
        ASSERT_NO_FATAL_FAILURE(prepareLibrary());
        m_languages = std::make_unique<app::LanguageManager>();
        m_languages->apply(QStringLiteral("en"));
        m_window = std::make_unique<app::MainWindow>(*m_library, *m_languages);
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        // The tree's feeds, companies and counts are read on their own thread.
        ASSERT_TRUE(waitUntil([this] { return !m_window->feedTree()->isLoading(); }));
    }
    void TearDown() override
    {
        m_window.reset();
        m_languages->apply(QStringLiteral("en"));
    }

    std::unique_ptr<app::LanguageManager> m_languages;
    std::unique_ptr<app::MainWindow> m_window;
};

} // namespace veille::test
