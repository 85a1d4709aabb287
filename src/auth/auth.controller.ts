import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { Actor, Public } from './auth.decorators';
import { Authentication } from './authentication';
import { LoginDto } from './dto/login.dto';
import { SetupDto } from './dto/setup.dto';
import { FirstCoordinator } from './first-coordinator';
import { LoginThrottle } from './login-throttle';
import type { Principal } from './principal';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly authentication: Authentication,
    private readonly firstCoordinator: FirstCoordinator,
    config: AppConfig,
  ) {
    this.throttle = new LoginThrottle(config.LOGIN_ATTEMPTS_PER_MINUTE, 60_000);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with e-mail and password; answers a bearer token that expires' })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const key = `${body.email.trim().toLowerCase()}|${request.ip}`;
    const wait = this.throttle.retryAfter(key);
    if (wait > 0) {
      response.setHeader('Retry-After', String(wait));
      throw new HttpException(`too many failed sign-ins for this e-mail: try again in ${wait} s`, HttpStatus.TOO_MANY_REQUESTS);
    }
    const session = await this.authentication.login(body.email, body.password);
    if (!session) {
      this.throttle.recordFailure(key);
      throw new UnauthorizedException('wrong e-mail or password, or the account is deactivated');
    }
    this.throttle.recordSuccess(key);
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

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who the bearer token belongs to' })
  me(@Actor() actor: Principal) {
    return actor;
  }
}
