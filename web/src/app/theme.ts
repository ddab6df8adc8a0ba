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
    // WCAG AA (4.5:1) on white and on the layout grey, placeholders included.
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.64)',
    colorTextDescription: 'rgba(0, 0, 0, 0.64)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
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

/**
 * The theme at the browser's font size (antd's tokens are px; 14 at the usual 16 px root) and, in
 * 长辈版, with 18 px text at that root, 48 px controls and full-strength secondary text.
 */
export function themeFor(options: { isElder: boolean; rootFontSize: number }): ThemeConfig {
  const scale = options.rootFontSize / 16;
  const base = theme.token ?? {};
  if (!options.isElder) {
    if (scale === 1) return theme;
    return {
      ...theme,
      token: { ...base, fontSize: Math.round(14 * scale), controlHeight: Math.round(32 * scale) },
    };
  }
  return {
    ...theme,
    token: {
      ...base,
      fontSize: Math.round(18 * scale),
      fontSizeLG: Math.round(20 * scale),
      fontSizeSM: Math.round(16 * scale),
      controlHeight: Math.round(44 * scale),
      controlHeightLG: Math.round(52 * scale),
      controlHeightSM: Math.round(36 * scale),
      colorText: '#000000',
      colorTextSecondary: 'rgba(0, 0, 0, 0.85)',
      colorTextTertiary: 'rgba(0, 0, 0, 0.8)',
      colorTextDescription: 'rgba(0, 0, 0, 0.8)',
      colorBorder: '#5f6b7a',
      colorPrimary: '#0f4a91',
      colorLink: '#0f4a91',
    },
  };
}
