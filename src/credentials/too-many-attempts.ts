import { HttpException, HttpStatus } from '@nestjs/common';

/** 429 with Retry-After: the problem filter sets the header from `retryAfterSeconds`. */
export class TooManyAttempts extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super({ statusCode: HttpStatus.TOO_MANY_REQUESTS, error: 'TooManyAttempts', message, params: { retryAfterSeconds } }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
