import { EditOutlined, PlusOutlined, ShopOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tree, type TreeDataNode } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { Link } from 'react-router';
import { centerKindForLevel, isWithinRegion } from '../../../../../domain/org/index.ts';
import type { Center, Region } from '../api/org-api.ts';
import { centerKindLabel, regionLevelLabel } from '../labels.ts';

export interface RegionTreeProps {
  regions: readonly Region[];
  centers: readonly Center[];
  /** The signed-in staff member's region: the tree shows it and everything below it. */
  scopeCode: string;
  editable: boolean;
  centerPath: (id: string) => string;
  onAddChild: (parent: Region) => void;
  onRename: (region: Region) => void;
  onCreateCenter: (region: Region) => void;
}

const LEVEL_COLORS: Record<Region['level'], string> = {
  province: 'purple',
  city: 'purple',
  county: 'blue',
  township: 'cyan',
  village: 'default',
};

/** 行政区划 below the caller's region, each with its service center and what an org admin may do. */
export function RegionTree({
  regions,
  centers,
  scopeCode,
  editable,
  centerPath,
  onAddChild,
  onRename,
  onCreateCenter,
}: RegionTreeProps): ReactElement {
  const { treeData, expanded } = useMemo(() => {
    const inScope = regions.filter((region) => isWithinRegion(region.code, scopeCode));
    const codes = new Set(inScope.map((region) => region.code));
    const centerOf = new Map(centers.map((center) => [center.regionCode, center]));
    const children = new Map<string, Region[]>();
    for (const region of inScope) {
      const parent = region.parentCode && codes.has(region.parentCode) ? region.parentCode : '';
      children.set(parent, [...(children.get(parent) ?? []), region]);
    }
    const node = (region: Region): TreeDataNode => {
      const center = centerOf.get(region.code);
      const canHaveCenter = centerKindForLevel(region.level) !== null;
      const childLevel =
        region.level === 'county' ? '镇（乡、街道）' : region.level === 'township' ? '村（社区）' : null;
      return {
        key: region.code,
        title: (
          <span className="ow-region-node">
            <span className="ow-region-name">{region.name}</span>
            <Tag color={LEVEL_COLORS[region.level]} variant="filled">
              {regionLevelLabel(region.level)}
            </Tag>
            <code className="ow-region-code">{region.code}</code>
            {center ? (
              <Link to={centerPath(center.id)} className="ow-region-center">
                {center.name}
              </Link>
            ) : (
              canHaveCenter && (
                <span className="ow-muted ow-region-center">
                  未设{centerKindLabel(centerKindForLevel(region.level)!)}
                </span>
              )
            )}
            {editable && (
              <Space size={0} className="ow-region-actions">
                {childLevel && (
                  <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => onAddChild(region)}>
                    新增{childLevel}
                  </Button>
                )}
                {!center && canHaveCenter && (
                  <Button
                    type="link"
                    size="small"
                    icon={<ShopOutlined />}
                    onClick={() => onCreateCenter(region)}
                  >
                    设立服务中心
                  </Button>
                )}
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onRename(region)}>
                  重命名
                </Button>
              </Space>
            )}
          </span>
        ),
        children: (children.get(region.code) ?? []).map(node),
      };
    };
    return {
      treeData: (children.get('') ?? []).map(node),
      // Open down to the townships; a county has hundreds of villages, shown when a township is opened.
      expanded: inScope
        .filter((region) => region.level !== 'village' && region.level !== 'township')
        .map((r) => r.code),
    };
  }, [regions, centers, scopeCode, editable, centerPath, onAddChild, onRename, onCreateCenter]);

  return (
    <Tree
      className="ow-region-tree"
      treeData={treeData}
      defaultExpandedKeys={expanded}
      selectable={false}
      showLine
      blockNode
    />
  );
}
