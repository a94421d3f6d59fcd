#include "update/CompanyBook.h"

#include "update/Library.h"

namespace veille {

CompanyBook::CompanyBook(Library &library)
    : m_library(library), m_db(library.database()), m_facts(library.factsEngine())
{
}

} // namespace veille
