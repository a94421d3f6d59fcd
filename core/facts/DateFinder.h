#pragma once

namespace veille {

class FactsDocument;

// Dates and years: "10 avril 2025", "April 10, 2025", "mars 2024", and bare years
// ("d'ici à 2030", "in 2025") between 1900 and 2100 that are not counts or amounts.
class DateFinder
{
public:
    static void find(FactsDocument &doc);
};

} // namespace veille
