-- Leadership is granted on a unit (issue #14): an account's unit is where its reading reaches. The root, or no unit,
-- is the whole tree; a district is that district only. Until now leadership read the whole tree whatever unit its
-- account named, so that no existing leader loses sight of anything, leadership accounts (without the Organization
-- Board's or a secretary's role) bound to another unit than the root keep the whole tree: their unit is cleared.
-- An administrator narrows an account to its district on the users page.
UPDATE app_user u SET u.unit_id = NULL
WHERE u.unit_id IS NOT NULL
  AND EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role_code = 'LEADERSHIP')
  AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role_code IN ('ORG_BOARD', 'SECRETARY'))
  AND u.unit_id NOT IN (SELECT root.id FROM unit root WHERE root.parent_id IS NULL);
