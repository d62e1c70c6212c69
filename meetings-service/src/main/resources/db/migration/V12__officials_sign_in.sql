-- Whether an official signs in to Mutabaa. One who does not (another government's official with no
-- account at the identity provider) is told by mail and works their actions through signed links.
alter table official add column signs_in boolean not null default true;
