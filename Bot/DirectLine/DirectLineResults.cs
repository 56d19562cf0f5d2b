namespace SoKetBot.Bot.DirectLine;

/// <summary>Direct Line's answers: JSON from the source-generated context, errors in Direct Line's shape.</summary>
internal static class DirectLineResults
{
    public static IResult Error(int statusCode, string code, string message) =>
        Results.Json(new DirectLineErrorResponse { Error = new DirectLineError { Code = code, Message = message } }, DirectLineJson.Wire.DirectLineErrorResponse, statusCode: statusCode);

    public static IResult Conversation(DirectLineConversationResponse response, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(response, DirectLineJson.Wire.DirectLineConversationResponse, statusCode: statusCode);

    /// <summary>An ActivitySet already written as JSON.</summary>
    public static IResult ActivitySet(string json) => Results.Text(json, "application/json; charset=utf-8");
}
