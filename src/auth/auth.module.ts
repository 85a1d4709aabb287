import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EventRegistry } from '../event-sourcing/event-registry';
import { FirstCoordinatorCreated } from './setup-marker.decider';
import { AccountDirectory } from '../accounts/account-directory';
import { AttemptCounter } from '../credentials/attempt-counter';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { Authentication } from './authentication';
import { FirstCoordinator } from './first-coordinator';
import { MemoryAttemptCounter } from '../credentials/memory-attempt-counter';
import { EventStoreAttemptCounter } from '../credentials/event-store-attempt-counter';
import { EventStore } from '../event-store/event-store.port';
import { signInCountsOf } from '../config/app-config';
import { SecondFactor } from './second-factor';
import { SignInThrottle } from '../credentials/sign-in-throttle';
import { TwoFactorSecrets } from '../credentials/two-factor-secret';
import { AppConfig } from '../config/app-config';
import { authSecret } from './auth-secret';
import { VerifiedPrincipals } from './verified-principals';

@Global()
@Module({
  controllers: [AuthController],
  providers: [
    AccountDirectory,
    Authentication,
    VerifiedPrincipals,
    FirstCoordinator,
    SignInThrottle,
    SecondFactor,
    {
      provide: TwoFactorSecrets,
      useFactory: (config: AppConfig) => new TwoFactorSecrets(authSecret(config.AUTH_TOKEN_SECRET, config.DATA_DIR)),
      inject: [AppConfig],
    },
    // In memory for one process; in the event store when several instances serve one store (docs/security.md).
    {
      provide: AttemptCounter,
      useFactory: (config: AppConfig, store: EventStore) =>
        signInCountsOf(config) === 'event-store' ? new EventStoreAttemptCounter(store) : new MemoryAttemptCounter(),
      inject: [AppConfig, EventStore],
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccountDirectory, Authentication, FirstCoordinator, SignInThrottle, TwoFactorSecrets],
})
export class AuthModule {
  constructor(registry: EventRegistry) {
    registry.register(FirstCoordinatorCreated);
  }
}
