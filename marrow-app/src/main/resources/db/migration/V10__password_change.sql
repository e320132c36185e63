-- A password set by someone else (the one-time password `marrow demo` prints) must be changed by the
-- user at the next login before any page opens.
ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
