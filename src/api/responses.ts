// Response descriptions the route definitions share: JSON bodies, the 400 that names fields, the
// 401/403 of the write routes, and the bearer-token requirement.
import { z, type RouteConfig } from '@hono/zod-openapi';
import * as S from './schemas.js';

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

export const invalid = { 400: json(S.ApiError, 'invalid request: `issues` names each field') } satisfies RouteConfig['responses'];

export const denied = {
  401: json(S.ApiError, 'no valid bearer token'),
  403: json(S.ApiError, 'the token’s role is too low'),
} satisfies RouteConfig['responses'];

export const bearer = [{ bearer: [] }];
