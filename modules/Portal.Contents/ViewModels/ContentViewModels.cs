namespace Portal.Contents.ViewModels;
