namespace Prongsai.Core.Common;

/// <summary>
/// An expected failure: a Thai message for people and, through its type, what kind of failure it is.
/// Pages and the API turn the kind into a status code in one place (Prongsai.Web's UseCaseErrors).
/// </summary>
public abstract record Error(string Message)
{
    /// <summary>A stable code for machines (API clients, the command line, tests).</summary>
    public abstract string Code { get; }

    /// <summary>The input field the error belongs to, when there is one.</summary>
    public virtual string? Field => null;

    public static Error NotFound(string message = "ไม่พบข้อมูลที่ต้องการ") => new NotFoundError(message);
    public static Error Forbidden(string message = "คุณไม่มีสิทธิ์ทำรายการนี้") => new ForbiddenError(message);
    public static Error Invalid(string message, string? field = null) => new ValidationError(message, field);
    public static Error Conflict(string message, string? field = null) => new ConflictError(message, field);
}

/// <summary>The thing asked for does not exist in the organization (or is not visible to the actor).</summary>
public sealed record NotFoundError(string Message) : Error(Message)
{
    public override string Code => "not_found";
}

/// <summary>The actor lacks the permission, or the item is outside their departments.</summary>
public sealed record ForbiddenError(string Message) : Error(Message)
{
    public override string Code => "forbidden";
}

/// <summary>The request clashes with the current state (a duplicate name, a plan already there).</summary>
public sealed record ConflictError(string Message, string? FieldName = null) : Error(Message)
{
    public override string Code => "conflict";

    public override string? Field => FieldName;
}

/// <summary>The input is wrong; <see cref="Field"/> names the field when the error belongs to one.</summary>
public sealed record ValidationError(string Message, string? FieldName = null) : Error(Message)
{
    public override string Code => "invalid";

    public override string? Field => FieldName;
}

/// <summary>A use case's outcome: a value, or the errors that stopped it. Expected failures are values, not exceptions.</summary>
public sealed class Result<T>
{
    private Result(T? value, IReadOnlyList<Error> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }
    public IReadOnlyList<Error> Errors { get; }
    public bool Succeeded => Errors.Count == 0;

    public static Result<T> Ok(T value) => new(value, []);
    public static Result<T> Fail(params Error[] errors) => new(default, errors);
    public static Result<T> Fail(IReadOnlyList<Error> errors) => new(default, errors);

    public static implicit operator Result<T>(Error error) => Fail(error);

    public static implicit operator Result<T>(T value) => Ok(value);
}
