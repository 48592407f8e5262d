-- Hand-written: /orgs/new and /orgs/invite/... are pages of their own, so an organisation
-- named "New" or "Invite" must not take those addresses as its slug.
CREATE OR REPLACE FUNCTION organisation_slug(p_name text, p_id uuid) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  base text := left(trim(both '-' from regexp_replace(lower(p_name), '[^a-z0-9]+', '-', 'g')), 60);
  candidate text;
  n integer := 1;
BEGIN
  IF base = '' THEN base := 'organisation'; END IF;
  IF base IN ('new', 'invite') THEN base := base || '-organisation'; END IF;
  candidate := base;
  WHILE EXISTS (SELECT 1 FROM organisations WHERE slug = candidate AND id <> p_id) LOOP
    n := n + 1;
    candidate := base || '-' || n;
  END LOOP;
  RETURN candidate;
END $$;--> statement-breakpoint
UPDATE organisations SET slug = organisation_slug(name, id) WHERE slug IN ('new', 'invite');
