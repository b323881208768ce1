"""Domain errors raised by services. Interfaces turn them into kind messages/4xx."""


class DomainError(Exception):
    """Base for errors a person can act on. `message` is shown to them."""

    status_code = 400

    def __init__(self, message: str = "", *, code: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.code = code


class ValidationError(DomainError):
    status_code = 400


class PermissionDenied(DomainError):
    status_code = 403


class NotFound(DomainError):
    """Used for anything the actor may not see: it must be indistinguishable from absent."""

    status_code = 404


class InvalidTransition(DomainError):
    status_code = 409


class RateLimited(DomainError):
    status_code = 429

    def __init__(
        self, message: str = "", *, retry_after: int = 60, code: str = "rate_limited"
    ):
        super().__init__(message, code=code)
        self.retry_after = retry_after
