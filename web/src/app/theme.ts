import type { ThemeConfig } from 'antd';

/** A calm government blue; system CJK fonts so no web font is fetched on a hall's LAN. */
export const GOVERNMENT_BLUE = '#1f5aa6';
const NAVY = '#0f2d52';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: GOVERNMENT_BLUE,
    colorInfo: GOVERNMENT_BLUE,
    colorLink: GOVERNMENT_BLUE,
    colorSuccess: '#2e8b57',
    colorWarning: '#d48806',
    colorError: '#c9302c',
    borderRadius: 6,
    colorBgLayout: '#f3f6fa',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: {
      siderBg: NAVY,
      triggerBg: '#173d6b',
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 20px',
    },
    Menu: { darkItemBg: NAVY, darkSubMenuItemBg: NAVY, darkItemSelectedBg: GOVERNMENT_BLUE },
    Table: { headerBg: '#f5f8fc' },
  },
};
