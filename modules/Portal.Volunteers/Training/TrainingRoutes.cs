namespace Portal.Volunteers.Training;

/// <summary>Route names of the training pages.</summary>
internal static class TrainingRoutes
{
    public const string AdminTraining = "Volunteers.Training.Admin";
}
