export const label = 'label v0';
