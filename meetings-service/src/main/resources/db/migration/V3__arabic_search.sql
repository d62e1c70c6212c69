-- Search that finds Arabic however it is written: mutabaa_fold() removes diacritics (tashkeel,
-- superscript alef), tatweel and the lone hamza (so الطوارئ and الطوارىء meet), folds the alef forms (أ إ آ ٱ → ا), hamza carriers (ؤ → و,
-- ئ → ي), taa marbuta (ة → ه) and alef maqsura (ى → ي), and lower-cases Latin letters. Both the
-- stored documents and the query go through it; text itself is stored unchanged.
create function mutabaa_fold(t text) returns text
    language sql immutable strict parallel safe
    return translate(regexp_replace(lower(t), '[\u064B-\u065F\u0670\u0640\u0621]', '', 'g'),
                     'أإآٱؤئةى', 'ااااويهي');

-- Arabic writes conjunctions, prepositions and the article onto the word (وناقل، بالتعاون،
-- للاتصالات). mutabaa_strip() takes such a prefix off every word of folded text (keeping at least
-- two letters); documents index both the words and their stripped forms, and a query word
-- matches either.
create function mutabaa_strip(folded text) returns text
    language sql immutable strict parallel safe
    return regexp_replace(folded, '(^|\s)(و|ف)?(ب|ك|ل)?(ال)?(\S{2,})', '\1\5', 'g');

create function mutabaa_document(variadic parts text[]) returns tsvector
    language sql immutable parallel safe
    return to_tsvector('simple'::regconfig, mutabaa_fold(array_to_string(parts, ' ')))
        || to_tsvector('simple'::regconfig, mutabaa_strip(mutabaa_fold(array_to_string(parts, ' '))));

alter table meeting add column search tsvector
    generated always as (mutabaa_document(title_ar, title_en)) stored;
create index meeting_search on meeting using gin (search);

alter table agenda_item add column search tsvector
    generated always as (mutabaa_document(title_ar, title_en)) stored;
create index agenda_item_search on agenda_item using gin (search);

alter table decision add column search tsvector
    generated always as (mutabaa_document(text_ar, text_en)) stored;
create index decision_search on decision using gin (search);
