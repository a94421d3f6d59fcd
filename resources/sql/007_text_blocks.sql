-- Version 7: the structure of each article's text, kept from import (see TextBlock): the
-- reading pane shows headings, list items and paragraphs without reading the stored HTML
-- again. Private to ArticleStore: "h0:12 p14:200 l202:230", kind and UTF-16 range per
-- block. Empty for articles stored before; ArticleStore recovers theirs when read, so
-- this step only adds the column and rewrites no row.
ALTER TABLE articles ADD COLUMN blocks TEXT NOT NULL DEFAULT '';
