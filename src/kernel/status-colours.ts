/**
 * One colour per recommendation status, each at least 3:1 against white, the same in every chart: reports, the
 * portal and the web interface (src/web/public/components/charts.js, which cannot import this, repeats it; the
 * print-quality test and the portal's spec compare them).
 */
export const STATUS_COLOURS: Record<string, string> = {
  proposed: '#6b6b6b',
  assigned: '#8a5a00',
  accepted: '#0a6c74',
  in_progress: '#1d5fbf',
  implemented: '#6f42c1',
  verified: '#1e7a34',
  withdrawn: '#a3303b',
};
