import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res, ServiceUnavailableException } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { Actor, AllowedBeforeTwoFactor, Roles } from '../http/auth.decorators';
import type { Principal } from '../kernel/principal';
import { positionFromString } from '../event-store/event-store.port';
import { answerCommand, commandContextFrom, etagOf } from '../http/command-context';
import { ProjectionEngine } from '../projections/projection-engine';
import { accountAudit } from '../projections/read-models/account-audit/account-audit.projection';
import { listAccounts } from '../projections/read-models/account-audit/account-list.query';
import { ChangeAccountRole } from './commands/change-account-role';
import { ChangePassword } from './commands/change-password';
import { ChooseInterfaceLanguage } from './commands/choose-interface-language';
import { CreateAccount } from './commands/create-account';
import { DeactivateAccount } from './commands/deactivate-account';
import { IssueApiToken } from './commands/issue-api-token';
import { RevokeApiToken } from './commands/revoke-api-token';
import { SignOutEverywhere } from './commands/sign-out-everywhere';
import { IssuePasswordLink, PasswordLinkResult } from './commands/issue-password-link';
import { AccountLinkMailer } from './account-link-mailer';
import { IssuePasswordLinkDto } from './dto/issue-password-link.dto';
import { DisableTwoFactor, EnableTwoFactor, StartTwoFactorEnrolment } from './commands/two-factor';
import { TwoFactorCodeDto } from './dto/two-factor-code.dto';
import { AccountAuditQueryDto } from './dto/account-audit-query.dto';
import { ChangePasswordDto } from './dto/change-password.dto';
import { ChangeRoleDto } from './dto/change-role.dto';
import { ChooseLanguageDto } from './dto/choose-language.dto';
import { CreateAccountDto } from './dto/create-account.dto';
import { DeactivateAccountDto } from './dto/deactivate-account.dto';
import { IssueApiTokenDto } from './dto/issue-api-token.dto';
import { ListAccountsDto } from './dto/list-accounts.dto';
import { GetAccount } from './queries/get-account';
import { refusal } from '../kernel/refusal-reasons';

@ApiTags('accounts')
@ApiBearerAuth()
@Controller()
export class AccountsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly projections: ProjectionEngine,
    private readonly linkMail: AccountLinkMailer,
  ) {}

  @Post('accounts')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Create an account for a person of an organisation, with a role; without a password, answers a one-time invitation link' })
  async create(@Body() body: CreateAccountDto, @Actor() actor: Principal, @Req() request: FastifyRequest, @Res({ passthrough: true }) response: FastifyReply) {
    const invited = body.password === undefined;
    // An invited person chooses a password through the link; until then the account has one nobody knows.
    const account = { ...body, password: body.password ?? randomBytes(32).toString('base64url'), organisationId: body.organisationId ?? null };
    const context = commandContextFrom(request, actor);
    const created = answerCommand(response, await this.commands.execute(new CreateAccount(account, context)));
    if (!invited) return created;
    const linkContext = { ...context, commandId: `${context.commandId}:invitation`, causationId: context.commandId, expectedRevision: undefined };
    const link = await this.commands.execute(new IssuePasswordLink(created.id, 'invitation', linkContext));
    const { token, emailed } = await this.mailLink(created.id, 'invitation', link);
    return { ...answerCommand(response, link), invitation: { token, expiresAt: link.expiresAt, emailed } };
  }

  @Get('accounts')
  @Roles('coordinator')
  @ApiOperation({ summary: 'The accounts as they stand (name, e-mail, role, organisation, active or not): filter, search, paginate' })
  async list(@Query() query: ListAccountsDto) {
    const { minPosition, ...filter } = query;
    await this.awaitAuditLog(minPosition);
    return listAccounts(this.projections.reader('account-audit'), filter);
  }

  @Put('accounts/me/language')
  @HttpCode(200)
  @ApiOperation({ summary: 'Choose the language of the web interface for your own account (en, ru or tg)' })
  async chooseLanguage(
    @Body() body: ChooseLanguageDto,
    @Actor() actor: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    return answerCommand(response, await this.commands.execute(new ChooseInterfaceLanguage(body.language, commandContextFrom(request, actor))));
  }

  @Post('accounts/me/two-factor')
  @AllowedBeforeTwoFactor()
  @ApiOperation({ summary: 'Start two-factor sign-in (TOTP): answers the secret and its otpauth:// URI for an authenticator app, once' })
  async startTwoFactor(@Actor() actor: Principal, @Req() request: FastifyRequest, @Res({ passthrough: true }) response: FastifyReply) {
    const result = await this.commands.execute(new StartTwoFactorEnrolment(commandContextFrom(request, actor)));
    return { ...answerCommand(response, result), secret: result.secret, otpauthUri: result.otpauthUri };
  }

  @Post('accounts/me/two-factor/confirm')
  @HttpCode(200)
  @AllowedBeforeTwoFactor()
  @ApiOperation({
    summary: 'Turn two-factor sign-in on with a code from the app; answers ten one-time recovery codes, once. Other sessions end; sign in again with a code',
  })
  async confirmTwoFactor(
    @Body() body: TwoFactorCodeDto,
    @Actor() actor: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    const result = await this.commands.execute(new EnableTwoFactor(body.code, commandContextFrom(request, actor)));
    return { ...answerCommand(response, result), recoveryCodes: result.recoveryCodes };
  }

  @Post('accounts/:id/two-factor/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Turn two-factor sign-in off (the account itself, or a coordinator for someone who lost their device)' })
  async disableTwoFactor(
    @Param('id', ParseUUIDPipe) id: string,
    @Actor() actor: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    return answerCommand(response, await this.commands.execute(new DisableTwoFactor(id, commandContextFrom(request, actor))));
  }

  @Get('accounts/:id')
  @ApiOperation({ summary: 'One account with its history (the account itself or a coordinator); hashes are never shown' })
  async get(@Param('id', ParseUUIDPipe) id: string, @Actor() actor: Principal, @Res({ passthrough: true }) response: FastifyReply) {
    const view = await this.queries.execute(new GetAccount(id, actor));
    response.header('ETag', etagOf(view.revision));
    return { ...view, revision: view.revision.toString() };
  }

  @Post('accounts/:id/role')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: "Change an account's role (and the organisation it acts for)" })
  async changeRole(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ChangeRoleDto,
    @Actor() actor: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    const command = new ChangeAccountRole(id, body.role, body.organisationId ?? null, commandContextFrom(request, actor));
    return answerCommand(response, await this.commands.execute(command));
  }

  @Post('accounts/:id/deactivate')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Deactivate an account: its sessions and API tokens stop working at once' })
  async deactivate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DeactivateAccountDto,
    @Actor() actor: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    return answerCommand(response, await this.commands.execute(new DeactivateAccount(id, body.reason, commandContextFrom(request, actor))));
  }

  @Post('accounts/:id/password')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change a password: your own (with the current one) or, as coordinator, anyone; every session of the account ends' })
  async changePassword(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ChangePasswordDto,
    @Actor() actor: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    const command = new ChangePassword(id, body.newPassword, body.currentPassword, commandContextFrom(request, actor));
    return answerCommand(response, await this.commands.execute(command));
  }

  @Post('accounts/:id/sign-out-everywhere')
  @HttpCode(200)
  @ApiOperation({ summary: 'End every session of the account at once (the account itself or a coordinator); API tokens stay until revoked' })
  async signOutEverywhere(
    @Param('id', ParseUUIDPipe) id: string,
    @Actor() actor: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    return answerCommand(response, await this.commands.execute(new SignOutEverywhere(id, commandContextFrom(request, actor))));
  }

  @Post('accounts/:id/password-link')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Issue a one-time link (token) with which the person chooses their own password; it expires after a day and ends the one before' })
  async issuePasswordLink(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: IssuePasswordLinkDto,
    @Actor() actor: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    const result = await this.commands.execute(new IssuePasswordLink(id, body.purpose, commandContextFrom(request, actor)));
    const { token, emailed } = await this.mailLink(id, body.purpose, result);
    return { ...answerCommand(response, result), token, expiresAt: result.expiresAt, emailed };
  }

  /**
   * E-mails the link to the person when a relay is set; the coordinator is then answered without the token. Without
   * a relay, or when the relay did not take it, the token is answered to the coordinator to hand over.
   */
  private async mailLink(accountId: string, purpose: 'reset' | 'invitation', link: PasswordLinkResult) {
    if (!link.token) return { token: null, emailed: null };
    const { token, resetId, expiresAt, position } = link;
    const outcome = await this.linkMail.send({ accountId, purpose, token, resetId, expiresAt, position });
    return outcome.emailed ? { token: null, emailed: { to: outcome.to } } : { token: link.token, emailed: null };
  }

  @Post('accounts/:id/api-tokens')
  @ApiOperation({ summary: 'Issue an API token for scripts; the token is shown in this answer only' })
  async issueToken(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: IssueApiTokenDto,
    @Actor() actor: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    const result = await this.commands.execute(new IssueApiToken(id, body.label, commandContextFrom(request, actor)));
    return { ...answerCommand(response, result), tokenId: result.tokenId, token: result.token };
  }

  @Post('accounts/:id/api-tokens/:tokenId/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API token' })
  async revokeToken(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('tokenId') tokenId: string,
    @Actor() actor: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    return answerCommand(response, await this.commands.execute(new RevokeApiToken(id, tokenId, commandContextFrom(request, actor))));
  }

  @Get('audit/accounts')
  @Roles('coordinator')
  @ApiOperation({ summary: 'The audit log of account changes: who created, changed or deactivated whom, and when (newest first)' })
  async audit(@Query() query: AccountAuditQueryDto) {
    await this.awaitAuditLog(query.minPosition);
    return accountAudit(this.projections.reader('account-audit'), query);
  }

  private async awaitAuditLog(minPosition: string | undefined): Promise<void> {
    if (minPosition && !(await this.projections.waitForPosition('account-audit', positionFromString(minPosition), 5000))) {
      throw new ServiceUnavailableException(
        refusal('ReadModelBehind', `the audit log has not reached position ${minPosition} yet; retry shortly`, { position: minPosition }),
      );
    }
  }
}
