using System.Text.Json.Nodes;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// Whether a copied account answers like the API-made account it was copied from: the same goal page (titles,
/// progress, streaks) once the ids are left out. A copy the server reads differently would measure something else.
/// </summary>
public static class CopiedAccountCheck
{
    public static async Task<string?> DifferenceAsync(GraphQLSender sender, string templateToken, string copyToken, CancellationToken cancellationToken)
    {
        var template = WithoutIds(await sender.SendAsync("list", templateToken, BriefScenarios.ListQuery, [], cancellationToken));
        var copy = WithoutIds(await sender.SendAsync("list", copyToken, BriefScenarios.ListQuery, [], cancellationToken));
        return template is not null && JsonNode.DeepEquals(template, copy)
            ? null
            : $"the copy's goal page differs from the template's: {copy?.ToJsonString()} against {template?.ToJsonString()}";
    }

    private static JsonNode? WithoutIds(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject fields:
                fields.Remove("id");
                foreach (var (_, value) in fields)
                {
                    WithoutIds(value);
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    WithoutIds(item);
                }

                break;
        }

        return node;
    }
}
