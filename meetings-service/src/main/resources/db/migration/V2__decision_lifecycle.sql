-- Amendment and revocation of adopted decisions.
alter table decision add column amended_at timestamptz;
alter table decision add column revoked_at timestamptz;
alter table decision add column revocation_reason text;
