import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountDirectory } from './account-directory';
import { AttemptCounter } from './attempt-counter';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { Authentication } from './authentication';
import { FirstCoordinator } from './first-coordinator';
import { MemoryAttemptCounter } from './memory-attempt-counter';
import { SignInThrottle } from './sign-in-throttle';

@Global()
@Module({
  controllers: [AuthController],
  providers: [
    AccountDirectory,
    Authentication,
    FirstCoordinator,
    SignInThrottle,
    // Bind another adapter here to share the counts between instances (docs/security.md).
    { provide: AttemptCounter, useClass: MemoryAttemptCounter },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccountDirectory, Authentication, SignInThrottle],
})
export class AuthModule {}
