import { Checkbox, Tooltip } from 'antd';
import type { ReactElement } from 'react';
import {
  canGrantRole,
  MANAGEMENT_ROLES,
  roleLabel,
  STAFF_ROLES,
  type Permitted,
} from '../../../shared/permissions.ts';

export interface RoleCheckboxesProps {
  value?: string[];
  onChange?: (roles: string[]) => void;
  /** Whoever is granting: a center admin cannot touch the management roles. */
  actor: Permitted;
  id?: string;
}

const GROUPS: { title: string; roles: readonly string[] }[] = [
  { title: '业务角色', roles: STAFF_ROLES.filter((role) => !MANAGEMENT_ROLES.includes(role)) },
  { title: '管理类角色', roles: MANAGEMENT_ROLES },
];

/**
 * The roles of an account as two groups of check boxes, for an antd `Form.Item`. A role the
 * granting admin may not change stays as it is, disabled, with the reason on hover.
 */
export function RoleCheckboxes({ value = [], onChange, actor, id }: RoleCheckboxesProps): ReactElement {
  const toggle = (role: string, checked: boolean) => {
    const next = checked ? [...value, role] : value.filter((entry) => entry !== role);
    onChange?.(STAFF_ROLES.filter((entry) => next.includes(entry)));
  };
  return (
    <div className="ow-role-groups" id={id}>
      {GROUPS.map((group) => (
        <fieldset key={group.title} className="ow-role-group">
          <legend>{group.title}</legend>
          {group.roles.map((role) => {
            const mayGrant = canGrantRole(actor, role);
            const box = (
              <Checkbox
                key={role}
                checked={value.includes(role)}
                disabled={!mayGrant}
                onChange={(event) => toggle(role, event.target.checked)}
              >
                {roleLabel(role)}
              </Checkbox>
            );
            return mayGrant ? (
              box
            ) : (
              <Tooltip key={role} title="管理类角色只能由安全管理员授予">
                <span>{box}</span>
              </Tooltip>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
