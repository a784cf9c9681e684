import { useState } from 'react'
import type { FC } from 'react'
import { Channel } from 'pusher'

export const View: FC<{ c?: Channel }> = () => {
  const [n] = useState(0)
  return n
}
