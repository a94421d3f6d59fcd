#include "FactsTestHelpers.h"

#include <gtest/gtest.h>

using namespace veille;
using veille::test::entitiesOf;

using veille::test::kEn;
using veille::test::kFr;

namespace {

// The values of the amounts found, in text order.
QList<double> values(const QString &text, const QString &language)
{
    QList<double> out;
    for (const Entity &e : entitiesOf(text, language, EntityType::Money))
        out.append(e.value);
    return out;
}

QStringList years(const QString &text, const QString &language)
{
    QStringList out;
    for (const Entity &e : entitiesOf(text, language, EntityType::Date))
        out.append(e.dateValue);
    return out;
}

} // namespace

TEST(AmountCoverage, ReadsEveryShortScaleInFrench)
{
    EXPECT_EQ(values(QStringLiteral("Le fonds a levé 40 mln € puis 1,5 bln €."), kFr), (QList<double>{4e7, 1.5e9}));
    EXPECT_EQ(values(QStringLiteral("Une levée de 3 Md€ et une autre de 2 Mds€."), kFr), (QList<double>{3e9, 2e9}));
    EXPECT_EQ(values(QStringLiteral("Un budget de 12 M€ et une prime de 800 k€."), kFr), (QList<double>{12e6, 8e5}));
}

TEST(AmountCoverage, ReadsEveryShortScaleInEnglish)
{
    EXPECT_EQ(values(QStringLiteral("The fund raised $40mln and then €1.5bln."), kEn), (QList<double>{4e7, 1.5e9}));
    EXPECT_EQ(values(QStringLiteral("It booked a charge of £300m after a $2bn sale."), kEn), (QList<double>{3e8, 2e9}));
    EXPECT_EQ(values(QStringLiteral("Each engineer gets a $250k bonus."), kEn), (QList<double>{2.5e5}));
}

TEST(AmountCoverage, ReadsCroreAndLakhWithEveryRupeeSignInBothLanguages)
{
    for (const QString &text : {QStringLiteral("The start-up raised Rs 25 crore from investors."),
                                QStringLiteral("The start-up raised ₹25 crore from investors."),
                                QStringLiteral("The start-up raised INR 25 crore from investors.")}) {
        const QList<Entity> m = entitiesOf(text, kEn, EntityType::Money);
        ASSERT_EQ(m.size(), 1) << text.toStdString();
        EXPECT_DOUBLE_EQ(m.first().value, 2.5e8);
        EXPECT_EQ(m.first().currency, QStringLiteral("INR"));
    }
    const QList<Entity> fr = entitiesOf(QStringLiteral("La start-up indienne a levé 25 crore de roupies, soit Rs 40 lakh par mois."), kFr,
                                        EntityType::Money);
    ASSERT_EQ(fr.size(), 2);
    EXPECT_DOUBLE_EQ(fr.at(0).value, 2.5e8);
    EXPECT_DOUBLE_EQ(fr.at(1).value, 4e6);
    EXPECT_EQ(fr.at(1).currency, QStringLiteral("INR"));
}

TEST(AmountCoverage, ReadsBothBoundsOfAnEnglishRange)
{
    EXPECT_EQ(values(QStringLiteral("The plant will cost between $2 billion and $3 billion."), kEn), (QList<double>{2e9, 3e9}));
    EXPECT_EQ(values(QStringLiteral("Le chantier coûtera entre 2 et 3 milliards d'euros."), kFr), (QList<double>{2e9, 3e9}));
}

TEST(AmountCoverage, ReadsAYearAfterAnAmountAsADateInEnglish)
{
    const QString text = QStringLiteral("The group targets $5 billion in sales by 2030.");
    EXPECT_EQ(values(text, kEn), (QList<double>{5e9}));
    EXPECT_EQ(years(text, kEn), QStringList{QStringLiteral("2030")});
}

TEST(AmountCoverage, ReadsAmountsInATitleLine)
{
    const QString fr = QStringLiteral("Lumeris lève 12 M€ pour ses robots\n\nLa start-up bordelaise a bouclé son tour de table.");
    EXPECT_EQ(values(fr, kFr), (QList<double>{12e6}));
    const QString en = QStringLiteral("Brightwell raises $40m for its robots\n\nThe start-up closed its round on Monday.");
    EXPECT_EQ(values(en, kEn), (QList<double>{4e7}));
}

TEST(AmountCoverage, FindsTheFiguresOfTheKeyPointsAndTheTitleThatTheTextDoesNotRepeat)
{
    const FactsEngine engine;
    const QString text = QStringLiteral("La start-up bordelaise a annoncé sa levée de fonds mardi. Elle recrute 40 ingénieurs.");
    const KeyFacts facts = engine.extract(text, kFr, {QStringLiteral("Levée de 12 M€ auprès de trois fonds"), QStringLiteral("Objectif : doubler les ventes d'ici à 2030")},
                                          QStringLiteral("Une levée de 12 millions d'euros, et 15 % du capital cédé"));
    QList<double> money;
    QStringList percents, dates;
    for (const Entity &e : facts.entities) {
        if (e.type == EntityType::Money)
            money.append(e.value);
        if (e.type == EntityType::Percent)
            percents.append(QString::number(e.value));
        if (e.type == EntityType::Date) {
            dates.append(e.dateValue);
            EXPECT_TRUE(e.mentions.isEmpty()) << "the box's date has no span in the text";
        }
    }
    // The title's "12 millions d'euros" and the box's "12 M€" are one sum.
    EXPECT_EQ(money, QList<double>{12e6});
    EXPECT_EQ(percents, QStringList{QStringLiteral("15")});
    EXPECT_EQ(dates, QStringList{QStringLiteral("2030")});
}

TEST(AmountCoverage, DoesNotRepeatAFigureOfTheTextFoundAgainInTheKeyPoints)
{
    const FactsEngine engine;
    const QString text = QStringLiteral("Nordwell raised $40 million from investors on Tuesday.");
    const KeyFacts facts = engine.extract(text, kEn, {QStringLiteral("Raised $40 million")}, QStringLiteral("Nordwell raises $40m"));
    int sums = 0;
    for (const Entity &e : facts.entities) {
        if (e.type == EntityType::Money) {
            ++sums;
            EXPECT_FALSE(e.mentions.isEmpty());
        }
    }
    EXPECT_EQ(sums, 1);
}
