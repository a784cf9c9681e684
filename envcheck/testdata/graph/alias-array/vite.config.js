import path from 'path'

// Array form: the first matching entry wins; RegExp finds substitute $1.
export default {
  resolve: {
    alias: [
      { find: '@/services', replacement: '/src/real-services' },
      { find: '@', replacement: path.resolve(__dirname, './src') },
      { find: /^legacy-(\w+)$/, replacement: '/src/legacy/$1' },
      { find: /^~\/(.*)$/, replacement: path.resolve(__dirname, 'src/$1') },
      { find: 'chat-sdk', replacement: 'pusher' },
    ],
  },
}
