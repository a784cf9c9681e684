import net from 'net'
export const old = net
