/**
 * Every refusal the API answers is application/problem+json with a stable `code` (the kind of refusal: what a
 * client branches on) and, where the server knows exactly which rule was met, a `reason` and its `params`, so
 * that the web interface can say it in the reader's language (docs/api.md, "Errors"). Field problems also carry
 * `errors: [{field, rule, message, params?}]`, where `rule` is class-validator's constraint name or, for a
 * domain rule, the reason.
 */

/** The kinds of refusal (`code`). */
export const PROBLEM_CODES = [
  // 400
  'ValidationFailed',
  'BadRequest',
  'EntityParseFailed',
  'EntityVerifyFailed',
  'EncodingUnsupported',
  'CharsetUnsupported',
  'ParametersTooMany',
  'RequestSizeInvalid',
  'RequestAborted',
  // 401, 403, 404
  'Unauthorized',
  'TwoFactorRequired',
  'Forbidden',
  'NotFound',
  // 408, 409, 412, 413, 414, 415, 422, 429
  'RequestTimeout',
  'TransitionRefused',
  'ConcurrentChange',
  'Conflict',
  'PayloadTooLarge',
  'EntityTooLarge',
  'URITooLong',
  'UnsupportedMediaType',
  'RuleViolated',
  'IdempotencyKeyReused',
  'TooManyAttempts',
  // 5xx
  'InternalError',
  'HashingBusy',
  'ServiceUnavailable',
  'ReportsBusy',
  'ReportTookTooLong',
] as const;

/** The exact rules within a kind (`reason`, and `rule` of a domain field problem). */
export const REFUSAL_REASONS = [
  // a recommendation (422, 409, 403)
  'BeforeForum',
  'BeforePreviousEvent',
  'AfterNextEvent',
  'AlreadyTookEffectThen',
  'NotACorrectableEvent',
  'EffectiveAtInFuture',
  'EvidenceNeeded',
  'SupportingIsResponsible',
  'AlreadyAssignedTo',
  'NotAllowedInStatus',
  'NotAssigned',
  // forums
  'EndBeforeStart',
  'FunderNotRegistered',
  'FunderNotDonor',
  'OrganiserNotRegistered',
  'CorrectionChangesNothing',
  'ForumAlreadyRecorded',
  'ForumNotRecorded',
  // organisations
  'OrganisationNotRegistered',
  'OrganisationDeactivated',
  'OrganisationAlreadyRegistered',
  // accounts and signing in
  'EmailTaken',
  'OrganisationNeeded',
  'AccountDoesNotExist',
  'AccountDeactivated',
  'AccountExists',
  'LastCoordinator',
  'CannotDeactivateSelf',
  'CurrentPasswordNeeded',
  'CurrentPasswordWrong',
  'PasswordLinkNotValid',
  'ApiTokenUnknown',
  'ApiTokenRevoked',
  'ApiTokenNotValid',
  'TwoFactorAlreadyOn',
  'TwoFactorAlreadyOff',
  'TwoFactorNotStarted',
  'TwoFactorCodeWrong',
  'TwoFactorCodeUsed',
  'RecoveryCodeNotValid',
  'TwoFactorSetUpFirst',
  'SignInNeeded',
  'WrongCredentials',
  'TokenNotValid',
  'SessionEnded',
  'SessionExpired',
  'SetupTokenNotValid',
  'CoordinatorExists',
  // who may do what
  'RoleNeeded',
  'OwnOrganisationOnly',
  'OwnAccountOnly',
  'OwnPortfolioOnly',
  'NotFundedByYou',
  // reports and notifications
  'DonorNotRegistered',
  'NotADonor',
  'TemplateNotTheDonors',
  'InvalidReportingPeriod',
  'UnsubscribeLinkNotValid',
  'ReadModelBehind',
  // the command's headers
  'IfMatchNotAnETag',
  'IdempotencyKeyMalformed',
  'CorrelationIdMalformed',
  'ForumNotPublished',
  // organisations: one name, one organisation; a donor stays a donor
  'OrganisationNameTaken',
  'DonorStaysDonor',
  // evidence files
  'FileNotUploaded',
  'FileTooLarge',
  'FileTypeNotAccepted',
  'FileTypeMismatch',
  'FileNameNeeded',
  'FileNotAttached',
  // imports
  'ImportTooLarge',
  'SpreadsheetUnreadable',
  'ImportHeadersMissing',
  'ImportRowsInvalid',
  // recurring recommendations
  'RepeatOfItself',
  'RepeatNotEarlier',
  'EarlierRecommendationUnknown',
  'RepeatAlreadyLinked',
  'RepeatNotLinked',
  // vocabularies
  'VocabularyCodeTaken',
  'VocabularyTermUnknown',
  'VocabularyParentUnknown',
  'DefaultPillarOnlyForThemes',
  // tags from the vocabularies
  'TermNotInVocabulary',
  'TermRetired',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Values a refusal's translation may use (dates as ISO 8601, statuses and roles as the API writes them). */
export type RefusalParams = Record<string, string | number | boolean | null | readonly string[]>;

/** The response of an HttpException that says which refusal it is: `new UnauthorizedException(refusal(...))`. */
export function refusal(reason: RefusalReason, message: string, params?: RefusalParams): { message: string; reason: RefusalReason; params?: RefusalParams } {
  return { message, reason, ...(params ? { params } : {}) };
}
