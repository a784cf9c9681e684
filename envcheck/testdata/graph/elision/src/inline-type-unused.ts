import { type Options } from 'pusher'
import { type Channel, Response } from 'pusher'

export const o: Options | Channel | Response | null = null
