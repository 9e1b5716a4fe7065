/** Why an export was refused, as an HTTP status and (for bad input) the parameter at fault. */
export class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly parameter: string | undefined,
    why: string,
    readonly code = status === 400 ? 'BAD_USER_INPUT' : 'ERROR',
  ) {
    super(parameter ? `Parameter "${parameter}" ${why}.` : why);
  }

  toResponse(): Response {
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (this.status === 401) headers['www-authenticate'] = 'Bearer';
    const extensions = this.parameter ? { code: this.code, parameter: this.parameter } : { code: this.code };
    return new Response(JSON.stringify({ errors: [{ message: this.message, extensions }] }), {
      status: this.status,
      headers,
    });
  }
}
