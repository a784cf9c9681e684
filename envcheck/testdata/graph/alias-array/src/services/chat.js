// shadowed: '@/services' is listed before '@'
export const chat = 1
