export const message = 'hello from the fixture'
