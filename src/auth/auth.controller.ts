import { Body, Controller, Get, HttpCode, Post, Req, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Actor, AllowedBeforeTwoFactor, Public } from '../http/auth.decorators';
import { Authentication } from './authentication';
import { CommandBus } from '@nestjs/cqrs';
import { ResetPassword } from '../accounts/commands/reset-password';
import { LoginDto } from './dto/login.dto';
import { SignInThrottle } from '../credentials/sign-in-throttle';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { SetupDto } from './dto/setup.dto';
import { FirstCoordinator } from './first-coordinator';
import type { Principal } from '../kernel/principal';
import { refusal } from '../kernel/refusal-reasons';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly authentication: Authentication,
    private readonly firstCoordinator: FirstCoordinator,
    private readonly throttle: SignInThrottle,
    private readonly commands: CommandBus,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with e-mail and password; answers a bearer token that expires (429 with Retry-After after too many attempts)' })
  async login(@Body() body: LoginDto, @Req() request: FastifyRequest) {
    const proof = { code: body.code, recoveryCode: body.recoveryCode };
    const session = await this.authentication.login(body.email, body.password, request.ip ?? 'unknown', proof);
    if (!session) throw new UnauthorizedException(refusal('WrongCredentials', 'wrong e-mail or password, or the account is deactivated'));
    return session;
  }

  @Get('setup')
  @Public()
  @ApiOperation({ summary: 'Whether the first coordinator is still to be set up with the setup token (the token itself is only in the log)' })
  setupNeeded() {
    return { needed: this.firstCoordinator.pendingSetupToken !== null };
  }

  @Post('setup')
  @Public()
  @ApiOperation({ summary: 'Create the first coordinator with the one-time setup token printed at the first start' })
  async setup(@Body() body: SetupDto) {
    const { setupToken, ...account } = body;
    const result = await this.firstCoordinator.setUp(setupToken, account);
    return { id: result.id };
  }

  @Post('reset-password')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Choose a password with a one-time link a coordinator issued; every session of the account ends' })
  async resetPassword(@Body() body: ResetPasswordDto, @Req() request: FastifyRequest) {
    await this.throttle.beforeLinkUse(request.ip ?? 'unknown');
    const result = await this.commands.execute(new ResetPassword(body.token, body.newPassword));
    await this.throttle.afterLinkUse(request.ip ?? 'unknown');
    return { id: result.id };
  }

  @Get('me')
  @AllowedBeforeTwoFactor()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who the bearer token belongs to' })
  me(@Actor() actor: Principal) {
    return actor;
  }
}
