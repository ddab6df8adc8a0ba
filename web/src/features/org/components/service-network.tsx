import { Collapse, Tag } from 'antd';
import type { ReactElement } from 'react';
import type { Center } from '../api/org-api.ts';
import { centerKindLabel, sortCenters } from '../labels.ts';
import { CenterContact } from './center-contact.tsx';

function CenterCard({ center, isMain }: { center: Center; isMain: boolean }): ReactElement {
  return (
    <article className={isMain ? 'ow-center-card ow-center-card-main' : 'ow-center-card'}>
      <header className="ow-center-card-head">
        <h3>{center.name}</h3>
        <Tag color={isMain ? 'blue' : 'default'} variant="filled">
          {centerKindLabel(center.kind)}
        </Tag>
      </header>
      <CenterContact center={center} />
    </article>
  );
}

/**
 * The three-level network (县-镇乡-村): the county center, the township 便民服务中心, and the
 * village stations folded away because a county has dozens of them.
 */
export function ServiceNetwork({
  centers,
  mainCenterId,
}: {
  centers: Center[];
  mainCenterId?: string;
}): ReactElement {
  const sorted = sortCenters(centers);
  const main = sorted.filter((c) => c.kind === 'government_service_center');
  const townships = sorted.filter((c) => c.kind === 'convenience_center');
  const stations = sorted.filter((c) => c.kind === 'agency_point');
  return (
    <div className="ow-network">
      {main.length > 0 && (
        <>
          <h3 className="ow-subheading">县级政务服务中心</h3>
          <div className="ow-card-grid">
            {main.map((center) => (
              <CenterCard key={center.id} center={center} isMain={center.id === mainCenterId} />
            ))}
          </div>
        </>
      )}
      {townships.length > 0 && (
        <>
          <h3 className="ow-subheading">镇（乡、街道）便民服务中心</h3>
          <div className="ow-card-grid">
            {townships.map((center) => (
              <CenterCard key={center.id} center={center} isMain={false} />
            ))}
          </div>
        </>
      )}
      {stations.length > 0 && (
        <Collapse
          className="ow-stations"
          size="small"
          items={[
            {
              key: 'stations',
              label: `村（社区）便民服务站 · ${stations.length}个`,
              children: (
                <table className="ow-plain-table">
                  <tbody>
                    {stations.map((station) => (
                      <tr key={station.id}>
                        <th scope="row">{station.name}</th>
                        <td>
                          {station.address}
                          {station.phone && (
                            <>
                              {' · '}
                              <a href={`tel:${station.phone.replace(/[^\d+]/g, '')}`}>{station.phone}</a>
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
