import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountDirectory } from './account-directory';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { Authentication } from './authentication';
import { FirstCoordinator } from './first-coordinator';

@Global()
@Module({
  controllers: [AuthController],
  providers: [AccountDirectory, Authentication, FirstCoordinator, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AccountDirectory, Authentication, FirstCoordinator],
})
export class AuthModule {}
