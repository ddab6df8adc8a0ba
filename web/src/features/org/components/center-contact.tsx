import { ClockCircleOutlined, EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import type { ReactElement } from 'react';
import type { Center } from '../api/org-api.ts';

/** Address, opening hours and the consultation phone of a center, as the public needs them. */
export function CenterContact({ center }: { center: Center }): ReactElement {
  return (
    <dl className="ow-contact">
      <div className="ow-contact-row">
        <dt>
          <EnvironmentOutlined aria-hidden /> 地址
        </dt>
        <dd>{center.address}</dd>
      </div>
      <div className="ow-contact-row">
        <dt>
          <ClockCircleOutlined aria-hidden /> 办公时间
        </dt>
        <dd>{center.openingHours}</dd>
      </div>
      <div className="ow-contact-row">
        <dt>
          <PhoneOutlined aria-hidden /> 咨询电话
        </dt>
        <dd>
          {center.phone ? (
            <a href={`tel:${center.phone.replace(/[^\d+]/g, '')}`}>{center.phone}</a>
          ) : (
            '暂未公布'
          )}
        </dd>
      </div>
    </dl>
  );
}
