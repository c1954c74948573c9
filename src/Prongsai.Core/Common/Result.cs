namespace Prongsai.Core.Common;

/// <summary>An expected failure: a code for machines and a Thai message for people.</summary>
public sealed record Error(string Code, string Message, string? Field = null)
{
    public static Error NotFound(string message = "ไม่พบข้อมูลที่ต้องการ") => new("not_found", message);
    public static Error Forbidden(string message = "คุณไม่มีสิทธิ์ทำรายการนี้") => new("forbidden", message);
    public static Error Invalid(string message, string? field = null) => new("invalid", message, field);
    public static Error Conflict(string message) => new("conflict", message);
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
}
