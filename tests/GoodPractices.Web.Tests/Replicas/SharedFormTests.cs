using System.Net;
using GoodPractices.Web.Tests.Contribute;
using GoodPractices.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GoodPractices.Web.Tests.Replicas;

public sealed class SharedFormTests
{
    [RedisFact]
    public async Task AContributionFormWrittenByOneReplicaIsAcceptedByAnother()
    {
        await using var redis = await RedisServer.StartAsync();
        using var index = Replica.IndexFolder();
        await using var first = Replica.Over(index, redis);
        await using var second = Replica.Over(index, redis);
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };

        // The browser got the form (and its antiforgery cookie) from one replica; the proxy sends the post to another.
        using var form = await first.CreateClient(options).GetAsync(new Uri("/contribute", UriKind.Relative));
        var cookies = form.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]);
        var token = Html.Parse(await form.Content.ReadAsStringAsync())
            .QuerySelector("#contribute-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/contribute", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(ContributionFixture.Fields().Append(new("__RequestVerificationToken", token))),
        };
        post.Headers.Add("Cookie", string.Join("; ", cookies));
        using var response = await second.CreateClient(options).SendAsync(post);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("it-casa-aurora", ContributeClient.GeneratedFile(Html.Parse(await response.Content.ReadAsStringAsync())));
    }
}
