using Portal.Abstractions.Contents;
using Portal.Explainers.Models;

namespace Portal.Explainers.Editors;

/// <summary>The policy's number, authority, date and link; the checks are the content handler's, so recipes get them too.</summary>
internal sealed class PolicyPartEditor : ContentPartEditor<PolicyPart>;
