#include "text/Boilerplate.h"

#include "text/QtPrinters.h"

#include <gtest/gtest.h>

using namespace veille;

TEST(Boilerplate, AcceptsFrenchKeyPointsHeadings)
{
    for (const char *h : {"Principaux renseignements", "À retenir", "A retenir :", "L’essentiel",
                          "L'essentiel", "L'ESSENTIEL", "En bref", "Ce qu’il faut retenir",
                          "Points clés", "points cles:"})
        EXPECT_TRUE(Boilerplate::isKeyPointsHeading(QString::fromUtf8(h))) << h;
}

TEST(Boilerplate, AcceptsEnglishKeyPointsHeadings)
{
    for (const char *h : {"Key points", "KEY POINTS:", "Key facts", "Key takeaways", "Highlights",
                          "At a glance", "TL;DR", "tl;dr:", "In brief", "Story highlights"})
        EXPECT_TRUE(Boilerplate::isKeyPointsHeading(QString::fromUtf8(h))) << h;
}

TEST(Boilerplate, RejectsOrdinarySentencesAsKeyPointsHeadings)
{
    for (const char *h : {"Les points clés de la réforme ont été adoptés hier.", "Prochaines étapes",
                          "He made key points about the economy", "", "Highlights of the season were many",
                          "Il faut retenir les leçons du passé"})
        EXPECT_FALSE(Boilerplate::isKeyPointsHeading(QString::fromUtf8(h))) << h;
}

TEST(Boilerplate, RecognisesFrenchPromotionalLines)
{
    for (const char *l : {"Suivez également Business AM sur Google Actualités",
                          "Si vous souhaitez accéder à tous les articles, abonnez-vous ici!",
                          "Suivez-nous sur Facebook et Twitter",
                          "Inscrivez-vous à notre newsletter", "Partagez cet article"})
        EXPECT_TRUE(Boilerplate::isPromotional(QString::fromUtf8(l))) << l;
}

TEST(Boilerplate, RecognisesEnglishPromotionalLines)
{
    for (const char *l : {"Follow us on Twitter", "Sign up for our newsletter", "Share this article",
                          "Subscribe now for unlimited access", "Follow Reuters on Google News"})
        EXPECT_TRUE(Boilerplate::isPromotional(QString::fromUtf8(l))) << l;
}

TEST(Boilerplate, LeavesArticleSentencesAlone)
{
    for (const char *l : {"Sam Altman, PDG d’OpenAI, a souligné l’importance de ce partenariat.",
                          "Foxconn shares rose 4% after the announcement.",
                          "Les abonnés de l'opérateur ont vu leur facture augmenter."})
        EXPECT_FALSE(Boilerplate::isPromotional(QString::fromUtf8(l))) << l;
}
